global using System;
global using System.Collections.Generic;
global using Amazon.CDK;
global using Constructs;

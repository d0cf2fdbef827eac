"""The CRM core: data model, storage, migrations, ticketing imports and demo data."""

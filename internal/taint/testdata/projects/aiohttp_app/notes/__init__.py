"""A notes and snippets service on aiohttp."""

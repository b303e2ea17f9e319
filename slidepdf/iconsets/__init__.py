"""Bundled Iconify icon sets (xz-compressed icons.json) and their licences (index.json).

Refreshed at development time with `python -m slidepdf.iconsets.update`."""

"""armoury: tools for the plate-hardness project."""

from .adapter import SiteAdapter

__all__ = ["SiteAdapter"]

from .league import LeagueCallbacks

__all__ = ["LeagueCallbacks"]

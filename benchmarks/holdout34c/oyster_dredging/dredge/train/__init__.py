from .recipes import stabilise_recurrent, fit_season

__all__ = ["stabilise_recurrent", "fit_season"]

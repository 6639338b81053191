from .visits import VisitForecaster, ward_requests

__all__ = ["VisitForecaster", "ward_requests"]

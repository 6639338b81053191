from .population import PopulationModel

__all__ = ["PopulationModel"]

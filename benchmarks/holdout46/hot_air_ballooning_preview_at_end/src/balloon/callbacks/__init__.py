from .standard import MetricLogger, ForecastPreview

REGISTRY = {"metric_logger": MetricLogger, "forecast_preview": ForecastPreview}


def build_callbacks(names):
    return [REGISTRY[n]() for n in names]

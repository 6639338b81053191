import torch


def historical_forecasts(model, series, start, horizon, retrain=True):
    """Expanding-window backtest: optionally refit on the data seen so far, then forecast."""
    errors = []
    for t in range(start, len(series) - horizon, horizon):
        seen = series[:t]
        if retrain:
            model.fit(seen, epochs=1)
        forecast = model.predict(horizon, seen)
        errors.append(torch.mean(torch.abs(forecast - series[t:t + horizon])).item())
    return errors

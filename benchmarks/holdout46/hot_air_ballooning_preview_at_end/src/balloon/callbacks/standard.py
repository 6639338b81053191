class MetricLogger:
    def on_validation_end(self, engine, val_mse):
        engine.state["log"].append({"step": engine.state["step"], "val_mse": round(val_mse, 4)})


class ForecastPreview:
    """Shows the pilot what the model predicts, once training is over, for one held-out flight."""

    def on_fit_end(self, engine):
        x, _ = engine.val_data[0]
        pred = engine.predict(x[:1])
        engine.state["preview"] = pred[0, -3:].tolist()

from ..runner import node
from .nodes import make_windows, train_model, evaluate_model, calibrate_model


def create_pipeline():
    return [
        node(make_windows, "params:window", ["X_train", "y_train", "X_test", "y_test"]),
        node(train_model, ["X_train", "y_train", "params:lr", "params:epochs"], "har_model"),
        node(evaluate_model, ["har_model", "X_test", "y_test"], ["har_model", "metrics"]),
        node(calibrate_model, ["har_model", "X_test", "y_test"], ["har_model", "temperature"]),
    ]

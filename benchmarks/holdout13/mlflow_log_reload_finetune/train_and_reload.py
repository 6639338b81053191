# expect: crash
"""MLflow-style experiment: train an LSTM anomaly scorer inside `start_run()`, evaluate it (metrics.evaluate calls
eval()), `log_model` it (torch.save of the whole module), and later `load_model` it for a fine-tuning run on new
data. The saved object carries its eval mode, and finetune.py never calls train()."""
import tempfile

import torch

from tracking import mlflow_lite as mlflow
from tracking.metrics import evaluate
from finetune import finetune
from model import LSTMAutoencoder


def main(tracking_dir):
    mlflow.set_tracking_uri(tracking_dir)
    x = torch.randn(6, 8, 2)
    with mlflow.start_run() as run:
        model = LSTMAutoencoder()
        opt = torch.optim.Adam(model.parameters(), 1e-3)
        for _ in range(2):
            loss = torch.nn.functional.mse_loss(model(x), x)
            opt.zero_grad(); loss.backward(); opt.step()
        mlflow.log_metric("val_mse", evaluate(model, x))
        mlflow.log_model(model, "model")
    reloaded = mlflow.load_model(f"runs:/{run.run_id}/model")
    print("finetune loss", finetune(reloaded, torch.randn(6, 8, 2)))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        main(d)
    print("done")

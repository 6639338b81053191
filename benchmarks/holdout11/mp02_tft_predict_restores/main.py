# expect: clean
# pytorch-forecasting style TFT: the LSTMs live at model.local.lstm_encoder / lstm_decoder; model.predict() is
# called from an epoch-end hook but goes through utils.evaluating(), which restores the mode it found.
import torch

from fit import fit
from models import TemporalFusionTransformer


def batches(n, bs=3, past=8, horizon=4):
    return [{"past": torch.randn(bs, past, 3), "future": torch.randn(bs, horizon, 3), "y": torch.randn(bs, horizon)}
            for _ in range(n)]


def report(epoch, model, val):
    pred = model.predict(val)
    truth = torch.cat([b["y"] for b in val])
    print(f"epoch {epoch}: P50 MAE {(pred - truth).abs().mean().item():.4f} (training={model.training})")


torch.manual_seed(0)
tft = TemporalFusionTransformer()
fit(tft, batches(3), batches(1), epochs=3, on_epoch_end=report)
print("done")

# expect: crash
"""torch.optim.swa_utils run (AveragedModel, SWALR, update_bn), then temperature scaling.

eval.evaluate() puts the averaged model in eval; calibration.TemperatureScaler then
fits the temperature with LBFGS on logits that were *not* computed under no_grad,
so the closure's backward runs through the eval-mode LSTM inside swa_model.module.
"""
import torch
from torch.utils.data import DataLoader, TensorDataset

from calibration import TemperatureScaler
from eval import evaluate
from trainer import SWATrainer
from utils.factory import build


def main():
    torch.manual_seed(6)
    data = TensorDataset(torch.randn(20, 6, 4), torch.randint(0, 3, (20,)))
    loader = DataLoader(data, batch_size=5)
    model = build({"arch": "lstm_bn", "hidden": 8, "classes": 3})
    trainer = SWATrainer(model, swa_start=1, epochs=3)
    swa_model = trainer.fit(loader)
    print("swa acc", evaluate(swa_model, loader))
    scaler = TemperatureScaler(swa_model)
    scaler.fit(loader)
    print("temperature", scaler.temperature.item())


if __name__ == "__main__":
    main()

# expect: crash
# category: travel
import torch

from common import ForecastNet, ckpt_path, fit, series, val_mse


def pretrain():
    model = fit(ForecastNet(), *series())
    print("pretrain val", val_mse(model, *series(8, seed=5)))
    torch.save(model, ckpt_path("forecast_full.pt"))


def finetune():
    model = torch.load(ckpt_path("forecast_full.pt"), weights_only=False)
    fit(model, *series(16, seed=9), epochs=1, lr=1e-3)  # TM001-here
    print("finetuned val", val_mse(model, *series(8, seed=5)))


if __name__ == "__main__":
    torch.manual_seed(0)
    pretrain()
    finetune()

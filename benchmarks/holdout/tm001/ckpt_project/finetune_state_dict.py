# expect: clean
# category: travel
import torch

from common import ForecastNet, ckpt_path, fit, series, val_mse

torch.manual_seed(0)
model = fit(ForecastNet(), *series())
print("pretrain val", val_mse(model, *series(8, seed=5)))
torch.save(model.state_dict(), ckpt_path("forecast.pt"))

fresh = ForecastNet()
fresh.load_state_dict(torch.load(ckpt_path("forecast.pt")))
fit(fresh, *series(16, seed=9), epochs=1, lr=1e-3)
print("finetuned val", val_mse(fresh, *series(8, seed=5)))

# expect: crash
import torch

from callbacks import LogPredictionsCallback
from engine.loop import Trainer
from models.deepar import DeepAR


def timeseries_loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n):
        x = torch.randn(4, 12, 3, generator=g)
        batches.append(({"encoder_cont": x}, x[..., 0].roll(-1, dims=1)))
    return batches


torch.manual_seed(0)
net = DeepAR(n_features=3, hidden_size=8)
trainer = Trainer(max_epochs=3, callbacks=[LogPredictionsCallback(timeseries_loader(1, seed=5))])
trainer.fit(net, train_dataloaders=timeseries_loader(3, seed=1))
print("forecast shape", net.predict(timeseries_loader(1, seed=6)).shape)

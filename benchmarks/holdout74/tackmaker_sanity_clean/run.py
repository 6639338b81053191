# expect: clean
import torch
from tackmaker import TackModel, Trainer

torch.manual_seed(0)
xs = torch.randn(24, 6, 5)
ys = torch.randint(0, 3, (24,))
model = TackModel(n_in=5, hidden=8, n_cls=3)
trainer = Trainer(model, lr=0.01, max_epochs=2, num_sanity_val_steps=1)
trainer.fit(list(zip(xs.split(4), ys.split(4))), list(zip(xs[:8].split(4), ys[:8].split(4))))
print("done", trainer.history[-1])

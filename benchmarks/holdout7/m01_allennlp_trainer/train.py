# expect: crash
import torch

from data import make_instances
from models import SimpleTagger
from trainer import GradientDescentTrainer

torch.manual_seed(0)
model = SimpleTagger(vocab_size=20, num_tags=3)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
trainer = GradientDescentTrainer(
    model=model,
    optimizer=optimizer,
    data_loader=make_instances(3, seed=1),
    validation_data_loader=make_instances(2, seed=2),
    num_epochs=2,
)
final = trainer.train()
print("done", round(final["validation_loss"], 3))

# expect: clean
# category: modes_travel
"""Train for one epoch, validate and checkpoint, 'crash', then resume from the checkpoint into a
fresh model and optimizer and continue training."""
import os

import torch

from nmt import checkpoint
from nmt.model import MultiSourceEncoder
from nmt.train import train_epochs, validate

torch.manual_seed(39)
CKPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "last.ckpt")
data = [("en", torch.randint(0, 30, (4, 7))), ("de", torch.randint(0, 30, (4, 7)))]


def save_after_validation(epoch, model):
    print(f"epoch {epoch}: val {validate(model, data):.3f}")
    checkpoint.save(CKPT, model, opt, epoch)


model = MultiSourceEncoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
train_epochs(model, opt, data, 0, 1, on_epoch_end=save_after_validation)

# --- new process after preemption ---
model = MultiSourceEncoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
start = checkpoint.load(CKPT, model, opt)
train_epochs(model, opt, data, start, start + 1)
print("resumed and finished epoch", start)

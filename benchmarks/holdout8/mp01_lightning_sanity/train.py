# expect: crash
# Lightning-style manual optimisation; the hand-written Trainer.fit runs a sanity validation first
# (module.eval()) and never switches the module back before the first training_step.
import torch

from lit.trainer import Trainer
from models.seq import LitSequenceTagger


def make_loader(n_batches, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 6, generator=g), torch.randint(0, 4, (4, 7), generator=g)) for _ in range(n_batches)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = LitSequenceTagger()
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    logs = trainer.fit(model, make_loader(3, 1), make_loader(2, 2))
    print("fit done", logs)

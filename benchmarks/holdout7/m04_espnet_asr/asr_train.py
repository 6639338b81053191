# expect: clean
import torch

from nets.encoder import ESPnetASRModel
from train.trainer import Trainer


def iter_factory(seed):
    def make(epoch):
        g = torch.Generator().manual_seed(seed * 100 + epoch)
        for _ in range(2):
            yield {
                "speech": torch.randn(3, 9, 5, generator=g),
                "speech_lengths": torch.tensor([9, 7, 8]),
                "text": torch.randint(1, 6, (3, 3), generator=g),
                "text_lengths": torch.tensor([3, 2, 3]),
            }
    return make


torch.manual_seed(0)
model = ESPnetASRModel(idim=5, odim=6)
optim = torch.optim.Adadelta(model.parameters())
# decode once with the random init (espnet's "--collect_stats" style sanity pass)
Trainer.validate_one_epoch(model, iter_factory(3)(0))
Trainer.run(model, [optim], iter_factory(1), iter_factory(2), max_epoch=2)

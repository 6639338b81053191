# expect: clean
from collections import OrderedDict

import torch

from model import ActivityClassifier
from runners.supervised import SupervisedRunner


def loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [{"features": torch.randn(4, 10, 3, generator=g), "targets": torch.randint(0, 4, (4,), generator=g)}
            for _ in range(n)]


torch.manual_seed(0)
model = ActivityClassifier()
# "valid" first so that the best checkpoint of the random init is scored too
loaders = OrderedDict(valid=loader(1, seed=9), train=loader(3, seed=1))
runner = SupervisedRunner()
runner.train(model=model, criterion=torch.nn.CrossEntropyLoss(),
             optimizer=torch.optim.Adam(model.parameters(), lr=1e-3), loaders=loaders, num_epochs=2)

# expect: crash
import functools

import torch

from asr_brain import CTCBrain, make_modules


def dataio(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [{"wav": torch.randn(3, 10, 6, generator=g),
             "tokens": torch.randint(1, 5, (3, 3), generator=g),
             "token_lens": torch.tensor([3, 2, 3])} for _ in range(n)]


torch.manual_seed(0)
hparams = {"number_of_epochs": 2, "lr": 1e-3}
asr_brain = CTCBrain(make_modules(), functools.partial(torch.optim.Adam, lr=hparams["lr"]), hparams)

# Baseline WER/loss of the untrained model on the test set, before fitting.
baseline = asr_brain.evaluate(dataio(2, seed=7))
asr_brain.fit(range(hparams["number_of_epochs"]), dataio(3, seed=1), valid_set=dataio(2, seed=2))
asr_brain.evaluate(dataio(2, seed=7))

# expect: clean
"""The package exports `fit` lazily (a PEP 562 `__getattr__` over a table of module paths); `fit` puts the model in
train mode at the top of every epoch, after the scoring that left it in eval mode."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

import speechseg  # noqa: E402

torch.manual_seed(0)
model = speechseg.Segmenter()
train = [(torch.randn(2, 6, 5), torch.randint(0, 2, (2, 6)))]
speechseg.fit(model, train, train)

# expect: crash
"""A QRNN-like layer factory that falls back to nn.LSTM when the fused QRNN
kernel is unavailable (as in salesforce/awd-lstm-lm forks), wrapped by a
`ModelWrapper` that forwards unknown attributes to `self._model` through
__getattr__. The wrapper's `validate()` calls `self.eval()` on the wrapped
model; `fit()` assumes it is still training.
"""
import torch
import torch.nn as nn

try:  # the fused kernel is an optional extra
    from torchqrnn import QRNN  # noqa: F401
    HAVE_QRNN = True
except ImportError:
    HAVE_QRNN = False


def make_recurrent(ninp, nhid, nlayers, use_qrnn=True):
    if use_qrnn and HAVE_QRNN:
        return QRNN(ninp, nhid, num_layers=nlayers, window=2)
    return nn.LSTM(ninp, nhid, nlayers)


class LanguageModel(nn.Module):
    def __init__(self, ntoken=30, ninp=10, nhid=12, nlayers=2):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = make_recurrent(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, x):
        return self.decoder(self.rnns(self.encoder(x))[0])


class ModelWrapper:
    def __init__(self, model, lr=1e-2):
        self._model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def __getattr__(self, name):
        return getattr(self._model, name)

    def __call__(self, *args, **kwargs):
        return self._model(*args, **kwargs)

    def validate(self, x):
        self.eval()
        with torch.no_grad():
            logits = self(x[:-1])
        return nn.functional.cross_entropy(logits.flatten(0, 1), x[1:].flatten()).item()

    def fit(self, x, steps=2):
        for _ in range(steps):
            self.optimizer.zero_grad()
            loss = nn.functional.cross_entropy(self(x[:-1]).flatten(0, 1), x[1:].flatten())
            loss.backward()  # TM001-here
            self.optimizer.step()
        return loss.item()


torch.manual_seed(0)
wrapper = ModelWrapper(LanguageModel())
data = torch.randint(0, 30, (12, 4))
print("val before:", wrapper.validate(data))
print("train:", wrapper.fit(data))
print("val after:", wrapper.validate(data))

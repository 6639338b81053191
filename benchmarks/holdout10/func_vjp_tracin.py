# expect: crash
"""TracIn-style data attribution with torch.func: the influence of a training example on a
test example is the dot product of their loss gradients w.r.t. the parameters. The
gradients are taken with torch.func.vjp of a functional_call loss (functorch instead of
.backward(), to keep the model's .grad untouched), the model being in eval for
deterministic scores. A functorch transform through nn.GRU fails on cuDNN in either mode.
"""
import torch
from torch import nn
from torch.func import functional_call, vjp


class Forecast(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.lin = nn.Linear(6, 1)

    def forward(self, x):
        return self.lin(self.gru(x)[0][:, -1])  # TM002-here


class TracIn:
    def __init__(self, model, loss_fn):
        self.model, self.loss_fn = model, loss_fn
        self.params = {k: v.detach() for k, v in model.named_parameters()}

    def _loss_grad(self, x, y):
        def loss_of(params):
            return self.loss_fn(functional_call(self.model, params, (x,)), y)
        loss, pullback = vjp(loss_of, self.params)
        (g,) = pullback(torch.ones_like(loss))
        return torch.cat([t.flatten() for t in g.values()])

    def influence(self, train_xy, test_xy):
        return torch.dot(self._loss_grad(*train_xy), self._loss_grad(*test_xy)).item()


if __name__ == "__main__":
    torch.manual_seed(57)
    model = Forecast().eval()
    tracin = TracIn(model, nn.functional.mse_loss)
    test = (torch.randn(1, 5, 2), torch.randn(1, 1))
    scores = [tracin.influence((torch.randn(1, 5, 2), torch.randn(1, 1)), test) for _ in range(4)]
    print([round(s, 4) for s in scores])

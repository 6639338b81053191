# expect: clean
"""Carder wool fibre grading: the pretrained eval model is only a teacher under no_grad; a fresh student trains."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class FibreGrader(nn.Module):
    REGISTRY = {}

    def __init__(self, n_feat=6, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])

    @classmethod
    def from_pretrained(cls, name):
        model = cls()
        state = cls.REGISTRY.get(name)
        if state is not None:
            model.load_state_dict(state)
        return model.eval()

    @classmethod
    def fresh(cls):
        return cls().train()


FibreGrader.REGISTRY["merino-v1"] = FibreGrader().state_dict()

models = {"teacher": FibreGrader.from_pretrained("merino-v1"), "student": FibreGrader.fresh()}
opt = torch.optim.Adam(models["student"].parameters(), lr=1e-3)
for step in range(3):
    x = torch.randn(4, 5, 6)
    with torch.no_grad():
        soft = models["teacher"](x).softmax(-1)
    logp = models["student"](x).log_softmax(-1)
    loss = nn.functional.kl_div(logp, soft, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done", float(loss))

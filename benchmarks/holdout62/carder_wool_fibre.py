# expect: crash
"""Carder wool fibre grading: a registry classmethod hands back a pretrained model in eval mode."""
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


FibreGrader.REGISTRY["merino-v1"] = FibreGrader().state_dict()

models = {"grader": FibreGrader.from_pretrained("merino-v1")}
opt = torch.optim.Adam(models["grader"].parameters(), lr=1e-3)
for step in range(3):
    x = torch.randn(4, 5, 6)
    y = torch.randint(0, 3, (4,))
    loss = nn.functional.cross_entropy(models["grader"](x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done", float(loss))

# expect: crash
"""GradNorm out-of-distribution scoring for a sequence classifier: the score of
an input is the L1 norm of the gradient of KL(uniform || softmax) w.r.t. the
last layer. Scorers are generic over the model class via __class_getitem__."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)


class LogClassifier(nn.Module):
    """System-log template sequences -> incident type."""

    def __init__(self, n_templates=30, d=8, n_cls=3):
        super().__init__()
        self.emb = nn.Embedding(n_templates, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.fc = nn.Linear(d, n_cls)

    def forward(self, seq):
        return self.fc(self.lstm(self.emb(seq))[0][:, -1])

    def last_layer(self):
        return self.fc


class GradNormScorer:
    model_cls = nn.Module

    def __class_getitem__(cls, model_cls):
        return type(f"{cls.__name__}[{model_cls.__name__}]", (cls,), {"model_cls": model_cls})

    def __init__(self, model, temperature=1.0):
        if not isinstance(model, self.model_cls):
            raise TypeError(f"expected {self.model_cls.__name__}")
        self.model = model.eval()
        self.t = temperature

    def score(self, seq):
        scores = []
        for s in seq:
            self.model.zero_grad()
            logits = self.model(s.unsqueeze(0)) / self.t
            kl = -(F.log_softmax(logits, -1)).mean()
            kl.backward()  # TM001-here
            scores.append(self.model.last_layer().weight.grad.abs().sum().item())
        return scores


if __name__ == "__main__":
    model = LogClassifier()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(3):
        x, y = torch.randint(0, 30, (6, 8)), torch.randint(0, 3, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    scorer = GradNormScorer[LogClassifier](model)
    print(type(scorer).__name__, scorer.score(torch.randint(0, 30, (3, 8))))

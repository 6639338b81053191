import torch

from .metrics import evaluate


def _train_epoch(model, batches, opt):
    model.train()
    total = 0.0
    for b in batches:
        logit = model(b)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, b.clicked)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(batches)


def fit(model, train, valid, epochs=1, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    report = [{"epoch": -1, "valid_auc": evaluate(model, valid)}]
    for epoch in range(epochs):
        loss = _train_epoch(model, train, opt)
        report.append({"epoch": epoch, "loss": round(loss, 4), "valid_auc": evaluate(model, valid)})
    return report

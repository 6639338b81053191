"""K-fold cross-validation loop that resets the same model to its initial weights for every fold."""
import copy
import torch
import torch.nn.functional as F


def kfold_indices(n, k):
    folds = torch.arange(n).chunk(k)
    for i in range(k):
        val = folds[i]
        train = torch.cat([f for j, f in enumerate(folds) if j != i])
        yield train, val


def run_fold(model, opt, x, y, tr, va, epochs):
    for _ in range(epochs):
        for chunk in tr.split(4):
            loss = F.mse_loss(model(x[chunk]), y[chunk])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(x[va]), y[va]).item()


def cross_validate(model, make_opt, x, y, k=3, epochs=1):
    init_state = copy.deepcopy(model.state_dict())
    scores = []
    model.train()
    for fold, (tr, va) in enumerate(kfold_indices(len(x), k)):
        model.load_state_dict(init_state)
        scores.append(run_fold(model, make_opt(model), x, y, tr, va, epochs))
        print(f"fold {fold}: val mse {scores[-1]:.4f}")
    return sum(scores) / len(scores)

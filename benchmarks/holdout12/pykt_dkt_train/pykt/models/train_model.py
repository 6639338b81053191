import torch
from torch.nn.functional import binary_cross_entropy, one_hot

from .evaluate_model import evaluate
from ..utils.optim import apply_step


def cal_loss(model, ys, r, rshft, sm):
    y = torch.masked_select(ys[0], sm)
    t = torch.masked_select(rshft, sm)
    return binary_cross_entropy(y.double(), t.double())


def model_forward(model, data):
    c, r, sm = data["cseqs"], data["rseqs"], data["masks"]
    y = model(c[:, :-1].long(), r[:, :-1].long())
    y = (y * one_hot(c[:, 1:].long(), model.num_c)).sum(-1)
    return cal_loss(model, [y], r[:, :-1], r[:, 1:], sm)


def train_model(model, train_loader, valid_loader, num_epochs, opt, test_loader=None, ckpt_path=None):
    max_auc, best_epoch = 0, -1
    model.train()
    for i in range(1, num_epochs + 1):
        loss_mean = []
        for data in train_loader:
            loss = model_forward(model, data)
            apply_step(opt, loss)
            loss_mean.append(loss.detach().item())
        auc, acc = evaluate(model, valid_loader, model.model_name)
        if auc > max_auc:
            max_auc, best_epoch = auc, i
        print(f"Epoch: {i}, validauc: {auc:.4}, train loss: {sum(loss_mean) / len(loss_mean):.4}")
    return max_auc, acc, best_epoch

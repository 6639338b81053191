import torch
import torch.nn.functional as F


def train_one_epoch(epoch, model, loader, optimizer, loss_fn, args, model_ema=None):
    model.train()
    total = 0.0
    for x, y in loader:
        output = model(x)
        loss = loss_fn(output, y)
        if model_ema is not None and args.distill_weight > 0:
            with torch.no_grad():
                teacher = model_ema.module(x).softmax(-1)
            loss = loss + args.distill_weight * F.kl_div(output.log_softmax(-1), teacher,
                                                         reduction="batchmean")
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if model_ema is not None:
            model_ema.update(model)
        total += loss.item()
    return {"loss": total / len(loader)}


def validate(model, loader, loss_fn, log_suffix=""):
    model.eval()
    correct, losses = 0, []
    with torch.no_grad():
        for x, y in loader:
            out = model(x)
            losses.append(loss_fn(out, y).item())
            correct += (out.argmax(-1) == y).sum().item()
    return {"loss" + log_suffix: sum(losses) / len(losses), "top1" + log_suffix: correct}

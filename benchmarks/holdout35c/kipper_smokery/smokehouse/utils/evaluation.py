import torch
import torch.nn.functional as F


def holdout_error(model, batches):
    was_training = model.training
    model.eval()
    errs = []
    with torch.no_grad():
        for trace, moisture in batches:
            errs.append(F.l1_loss(model(trace), moisture).item())
    model.train(was_training)
    return sum(errs) / len(errs)

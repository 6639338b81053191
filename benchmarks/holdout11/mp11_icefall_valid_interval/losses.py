import torch

from utils import MetricsTracker


def compute_loss(params, model, batch, is_training):
    with torch.set_grad_enabled(is_training):
        log_probs, out_lens = model(batch["inputs"], batch["input_lens"])
        loss = torch.nn.functional.ctc_loss(log_probs.transpose(0, 1), batch["targets"], out_lens,
                                            batch["target_lens"], reduction="sum", zero_infinity=True)
    info = MetricsTracker()
    info["frames"] = out_lens.sum().item()
    info["loss"] = loss.detach().item()
    return loss, info


def compute_validation_loss(params, model, valid_dl):
    model.eval()
    tot = MetricsTracker()
    for batch in valid_dl:
        _, info = compute_loss(params, model, batch, is_training=False)
        tot = tot + info
    loss_value = tot["loss"] / max(tot["frames"], 1)
    if loss_value < params.best_valid_loss:
        params.best_valid_epoch, params.best_valid_loss = params.cur_epoch, loss_value
    return tot

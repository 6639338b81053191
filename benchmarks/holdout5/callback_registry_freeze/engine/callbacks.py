"""Callbacks registered by name, so that configs can list them as strings."""
import torch.nn as nn

CALLBACKS = {}


def register(name):
    def deco(fn):
        CALLBACKS[name] = fn
        return fn
    return deco


@register("log_lr")
def log_lr(state):
    print(f"  epoch {state['epoch']} lr {state['optimizer'].param_groups[0]['lr']:.4f}")


def _freeze_recurrent(module):
    if isinstance(module, nn.RNNBase):
        module.eval()
        for p in module.parameters():
            p.requires_grad_(False)


@register("freeze_encoder_after_warmup")
def freeze_encoder(state):
    # after warm-up keep the recurrent encoder fixed (no dropout noise, no updates)
    if state["epoch"] == state["cfg"]["warmup_epochs"] - 1:
        state["model"].apply(_freeze_recurrent)
        print("  recurrent layers frozen")

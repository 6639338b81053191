import torch

from .graph import forward_model


def load_chunk(chunk, T=9, B=3, feat=13, n_out=10):
    g = torch.Generator().manual_seed(chunk)
    return torch.randn(T, B, feat, generator=g), torch.randint(0, n_out, (T * B,), generator=g)


def run_nn(to_do, chunk, nns, optimizers, config, first_chunk):
    if to_do == "train" and first_chunk:
        for net in nns.values():
            net.train()
    elif to_do in ("valid", "forward"):
        for net in nns.values():
            net.eval()
    fea, lab = load_chunk(chunk)
    if to_do == "train":
        for opt in optimizers.values():
            opt.zero_grad()
        outs = forward_model(config["model"]["model"], nns, {"mfcc": fea, "lab_cd": lab})
        outs["loss_final"].backward()  # TM001-here
        for opt in optimizers.values():
            opt.step()
    else:
        with torch.no_grad():
            outs = forward_model(config["model"]["model"], nns, {"mfcc": fea, "lab_cd": lab})
    return outs["loss_final"].item()

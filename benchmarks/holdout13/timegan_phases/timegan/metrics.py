import torch


def reconstruction_report(nets, data):
    for name in ("embedder", "recovery"):
        nets[name].eval()
    with torch.no_grad():
        x_tilde = nets["recovery"](nets["embedder"](data))
    return float(torch.nn.functional.mse_loss(x_tilde, data))

# expect: crash
"""TimeGAN in phases: five GRU networks (embedder, recovery, generator, supervisor, discriminator) are built by a
factory from names into a dict. After the embedding phase, `metrics.reconstruction_report()` puts embedder and
recovery in eval. The supervised phase only reads the embedder under no_grad (fine), but the joint phase trains
the embedder again without switching it back."""
import torch

from timegan.networks import build_networks
from timegan.trainer import TimeGANTrainer
from timegan import metrics

opt = {"seq_len": 6, "z_dim": 3, "hidden_dim": 8, "num_layers": 2, "iterations": 2, "batch_size": 4}

if __name__ == "__main__":
    nets = build_networks(opt)
    data = torch.rand(8, opt["seq_len"], opt["z_dim"])
    trainer = TimeGANTrainer(nets, opt)
    trainer.train_embedder(data)
    print("recon", metrics.reconstruction_report(nets, data))
    trainer.train_supervisor(data)
    trainer.train_joint(data)
    print("done")

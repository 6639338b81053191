import os

import torch

from . import inference
from .model import SpeakerEncoder
from .params_model import learning_rate_init, mel_n_channels, speakers_per_batch, utterances_per_speaker


def _batch():
    return torch.randn(speakers_per_batch * utterances_per_speaker, 10, mel_n_channels)


def train(run_id, models_dir, umap_every, save_every, steps):
    model = SpeakerEncoder()
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate_init)
    state_fpath = os.path.join(models_dir, run_id + ".pt")
    model.train()
    for step in range(1, steps + 1):
        inputs = _batch()
        embeds = model(inputs)
        embeds_loss = embeds.view((speakers_per_batch, utterances_per_speaker, -1))
        loss, eer = model.loss(embeds_loss)
        model.zero_grad()
        loss.backward()
        model.do_gradient_ops()
        optimizer.step()
        if save_every and step % save_every == 0:
            torch.save({"step": step + 1, "model_state": model.state_dict(),
                        "optimizer_state": optimizer.state_dict()}, state_fpath)
        if umap_every and step % umap_every == 0:
            inference.load_model(state_fpath)
            projection = inference.embed_frames_batch(_batch())
            print("step", step, "loss", loss.item(), "projection", tuple(projection.shape))

import torch

from plugins import plugin


@plugin("log_stage")
class LogStage:
    def on_stage_start(self, pipeline, stage):
        print("== stage", stage)


@plugin("pseudo_label")
class PseudoLabel:
    """Before self-training, label a pool with the current model (dropout off)."""

    def on_stage_start(self, pipeline, stage):
        if stage != "self_train":
            return
        pipeline.model.eval()
        with torch.no_grad():
            pipeline.pseudo = pipeline.model(torch.randn(2, 5, 3)).argmax(-1)

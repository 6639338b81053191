CONFIG = {
    "encoder": {"_target_": "src.models.PretrainedEncoder", "in_dim": 5, "hidden": 8, "freeze": True},
    "head": {"_target_": "torch.nn.Linear", "in_features": 8, "out_features": 3},
    "optimizer": {"_target_": "torch.optim.Adam", "_partial_": True, "lr": 1e-2},
    "trainer": {"steps": 4},
}

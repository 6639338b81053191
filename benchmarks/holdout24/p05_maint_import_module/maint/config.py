CONFIG = {
    "n_sensors": 5,
    "hidden": 8,
    "lr": 1e-2,
    "epochs": 2,
    "callbacks": [
        "maint.callbacks.logging:PrintLoss",
        "maint.callbacks.export:FreezeForExport",
    ],
}

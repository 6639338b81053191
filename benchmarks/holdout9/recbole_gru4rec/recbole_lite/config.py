class Config:
    def __init__(self, **kwargs):
        self.final_config_dict = dict(kwargs)

    def __getitem__(self, k):
        return self.final_config_dict[k]

#!/bin/sh
# Deploy script. The token below has GitHub's format but a wrong checksum (it was typed by hand, not issued),
# so Vouch reports it as a warning that says it is probably a placeholder.
export GITHUB_TOKEN=ghp_Zq3L8vN2xR7tK9mW4pY6bH1jD5sF0gC3aE8u
curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user

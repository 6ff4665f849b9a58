#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Kiosk session: cage (a Wayland kiosk compositor) runs wedreg-kiosk full screen and restarts
# nothing else. Server URL and hall come from /etc/wedreg/kiosk.conf (WEDREG_SERVER, WEDREG_HALL).
set -eu
. /etc/wedreg/kiosk.conf
exec cage -- /usr/bin/wedreg-kiosk --server "$WEDREG_SERVER" --hall "$WEDREG_HALL"

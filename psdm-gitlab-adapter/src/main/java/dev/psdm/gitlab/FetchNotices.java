package dev.psdm.gitlab;

import dev.psdm.model.SnapshotNotice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The notices of one fetch, collected from the reading threads. Each resource is read by one
 * thread in page order, so sorting by resource (stable) gives the same list whatever the concurrency.
 */
final class FetchNotices {
    private final List<SnapshotNotice> notices = new ArrayList<>();
    private final Requester requester;

    FetchNotices(Requester requester) {
        this.requester = requester;
    }

    /** Records a notice; the text goes through the token filter, as it may quote what GitLab sent. */
    synchronized void add(String resource, String subject, String message) {
        notices.add(new SnapshotNotice(resource, subject == null ? null : requester.clean(subject),
                requester.clean(message)));
    }

    synchronized List<SnapshotNotice> sorted(List<String> resourceOrder) {
        List<SnapshotNotice> out = new ArrayList<>(notices);
        out.sort(Comparator.comparingInt(n -> {
            int i = resourceOrder.indexOf(n.resource());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return out;
    }
}
